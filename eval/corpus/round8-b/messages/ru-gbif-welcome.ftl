<#-- @ftlvariable name="" type="org.gbif.registry.domain.mail.BaseTemplateDataModel" -->
<#include "header.ftl">

<h5 style="margin: 0 0 20px;padding: 0;font-size:16px;line-height: 1.25;">Уважаемый пользователь ${name},</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">Спасибо за регистрацию на GBIF.org. Теперь вы можете загружать результаты вашего поиска сотен миллионов
    бесплатных и открытых записей о биоразнообразии, предоставленных сообществом участников и публикаторов GBIF.
</p>

<h4 style="margin: 0 0 20px;padding: 0;font-size:20px;line-height: 1.25;">Следующие шаги</h4>

<h5 style="margin: 0 0 20px;padding: 0;font-size: 16px;line-height: 1.25;">Цитирование данных, которые вы загружаете</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">Данные, доступные через GBIF.org, представляют собой работу ученых, исследователей, кураторов, специалистов по данным и IT,
    профессионалов в сотнях организаций по всему миру. Когда вы используете <i> DOI </i> (идентификатор цифрового объекта)
    назначенный каждому результату поиска, который вы загружаете, вы помогаете гарантировать, что они получат признание за свои усилия.</p>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">DOI включен в электронное письмо с подтверждением, которое вы получите, когда ваша загрузка будет готова, и в вашем профиле учетной записи также хранится запись всех ваших DOI загрузки. Цитируя данные таким образом, вы можете упростить ссылки в своем исследовании,
    убедитесь, что вы можете повторять или обновлять результаты поиска, а также напрямую связывать использование с соответствующими наборами данных,
    что позволяет нам автоматизировать отчетность об этих использованиях как для издателей, так и для пользователей. <a href="https://www.gbif.org/citation-guidelines" style="color: #4ba2ce;text-decoration: none;">Хотите узнать больше?</a></p>

<h5 style="margin: 0 0 20px;padding: 0;font-size: 16px;line-height: 1.25;">Присоединяйтесь к одному из сообществ</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">По вопросам и обсуждениям использования данных, передаваемых через GBIF, присоединяйтесь к <a href="https://discourse.gbif.org/" style="color: #4ba2ce;text-decoration: none;">форуму сообщества GBIF</a>.</p>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;"><a href="https://lists.gbif.org/mailman/listinfo/api-users" style="color: #4ba2ce;text-decoration: none;">Список пользователей API GBIF</a> представляет собой активную одноранговую группу обсуждения, где вы можете публиковать вопросы и оставаться информированным об обновлениях API GBIF и базовой инфраструктуры.</p>

<h5 style="margin: 0 0 20px;padding: 0;font-size: 16px;line-height: 1.25;">Узнайте, как другие используют данные</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">Что вы можете делать с данными, опосредованными GBIF? Взгляните на некоторые <a href="https://www.gbif.org/ru/resource/search?contentType=dataUse" style="color: #4ba2ce;text-decoration: none;">недавние основные моменты</a>!
    В рамках своей текущей программы по отслеживанию использования открытых данных о биоразнообразии секретариат GBIF представляет недавние исследования и собирает его каждый год в нашем <a href="https://www.gbif.org/science-review" style="color: #4ba2ce;text-decoration: none;">Обзоре Науки</a>.</p>

<h5 style="margin: 0 0 20px;padding: 0;font-size: 16px;line-height: 1.25;">Вопросы и отзывы</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">Если у вас есть технические вопросы, связанные с получением или использованием данных, обратитесь к часто задаваемым вопросам на GBIF.org или на форуме сообщества.
    Если вы не нашли ответа на свой вопрос, вы можете обратиться в <a href="mailto:helpdesk@gbif.org" style="color: #4ba2ce;text-decoration: none;">helpdesk@gbif.org</a>.</p>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">У нас есть общедоступные репозитории на GitHub, в которых мы документируем,
    управляем и отвечаем: от запросов службы поддержки до ошибок и проблем с функциональностью и содержанием сайта до предложений о полезных дополнительных функциях и улучшениях.
    Вы можете внести свой вклад, нажав кнопку чата в строке меню в верхней части каждой страницы.</p>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">По вопросам прессы обращайтесь по электронной почте <a href="mailto:communication@gbif.org" style="color: #4ba2ce;text-decoration: none;">communication@gbif.org</a>. По всем другим частным или нетехническим вопросам обращайтесь по адресу <a href="mailto:info@gbif.org" style="color: #4ba2ce;text-decoration: none;">info@gbif.org</a>.</p>

<h5 style="margin: 0 0 20px;padding: 0;font-size: 16px;line-height: 1.25;">Будьте в курсе последних событий в сети GBIF</h5>

<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">Следуйте за нами в социальных сетях или подпишитесь на нашу рассылку. Вы услышите от нас (примерно в порядке убывания) через <a href="https://twitter.com/GBIF" style="color: #4ba2ce;text-decoration: none;">Twitter</a>, <a href="https://www.facebook.com/gbifnews" style="color: #4ba2ce;text-decoration: none;">Facebook</a>, <a href="https://www.linkedin.com/groups/55171" style="color: #4ba2ce;text-decoration: none;">LinkedIn</a> и <a href="https://www.gbif.org/newsletters" style="color: #4ba2ce;text-decoration: none;">новостную рассылку</a>.</p>


<p style="margin: 0 0 20px;padding: 0;line-height: 1.65;">
    <em>
        Спасибо и с наилучшими пожеланиями,
        <br>
        GBIF Секретариат
    </em>
</p>

<#include "footer.ftl">
