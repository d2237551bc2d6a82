<p>Bu <a href="{{link}}">{{link}}</a>'i takip ederek şifrenizi değiştirebilirsiniz. Bu benzersiz URL yakın zamanda geçersiz olacaktır.</p>
