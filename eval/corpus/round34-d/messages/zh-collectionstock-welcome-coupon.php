<?php

return [
    // registrartion
    'register.subject'                             => '欢迎加入Collectionstock！',
    'register.greetings'                           => '恭喜！ ',
    'register.message'                             => '您已成功加入Collectionstock，从现在开始，您可以通过我们的平台搜索购买矢量图设计，通过“我的清单”创建您自己的收藏，并可随时下载先前购买的设计。',
    'register.login.1'                             => '进入我们网站后，您只需点击任何页面上方的',
    'register.login.2'                             => '登录',
    'register.login.3'                             => '按钮并输入以下资料，即可完成登录：',
    'register.username'                            => '用户名：',
    'register.coupon'                              => '请在Collectionstock.com上享受第一次购物的10％折扣',
    'register.coupon.code'                         => '只需在结账处输入 “:code”。',
    'register.coupon.note'                         => '请注意，折扣不能与任何其他促销代码一起使用。 它将在30天内过期。',
    'register.data.protect'                        => '
    <h3>我们如何保护您的信息！</h3>
    <h3>我们的最新隐私政策符合《一般数据保护条例》</h3>
    <p>Collectionstock承诺向职业人士提供最佳的图形设计。为支持企业成长，确保Collectionstock和我们的客户遵守即将变更的欧盟数据保护法律（《一般数据保护条例》），我们对隐私政策进行了一系列更新。</p>
    <p>更新后的隐私政策更加详细地规定了：</p>
    <ul>
        <li>我们收集的信息</li>
        <li>我们如何使用上述信息，为什么储存信息，为什么保留信息；以及</li>
        <li>您如何要求更新、纠正或删除您的信息。</li>
    </ul>
    <p>
        当您在我们的网站上注册为用户时，您已接受我们的隐私政策。请仔细、完整阅读我们的
        <a href="https://collectionstock.com/zh-CN/legal/privacy-policy" target="_blank">
            隐私政策
        </a>
        如果您不同意该隐私政策，您可停止使用我们的服务，并通过help@collectionstock.com联系我们，要求从我们的网站删除您的注册用户。
    </p>
    <h3>接收我们的新闻简讯</h3>
    ',
    'register.subscribe.yes'                        => '
    <p>
        您在我们的网站上注册为用户时，勾选以下选项即视为同意接收我们的新闻简讯和最新产品信息：
    </p>
    <p>
        是，我希望订阅Collectionstock新闻简讯和最新产品信息。
    </p>
    <p>
        因为我们已经收到您的同意，您无需采取进一步行动，以保持接收我们的新闻简讯和最新产品信息。
    </p>
    <p>
        但是，如果您希望取消，不再接收我们的新闻简讯，您只需登录“您的帐户”，在“新闻简讯状态”下选择适当选项。
    </p>
    ',
    'register.subscribe.no'                         => '
    <p>
        您在我们的网站上注册为用户时，不同意接收我们的新闻简讯和最新产品信息。
    </p>
    <p>
        我们将保持这种状态，并尊重您的选择。
    </p>
    <p>
        如果您改变想法，决定同意接收我们的新闻简讯和最新产品信息，则只需登录“您的帐户”，在“新闻简讯状态”下选择适当选项。
    </p>
    ',
];
