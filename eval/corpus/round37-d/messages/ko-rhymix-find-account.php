$lang->msg_find_account_title = '아이디/비밀번호 정보입니다.';
$lang->msg_find_account_info = '요청한 계정 정보는 아래와 같습니다.';
$lang->msg_find_account_comment = '아래 링크를 클릭하면 위에 적힌 비밀번호로 변경됩니다.<br />로그인 후 다른 비밀번호로 변경해 주시기 바랍니다.<br />링크를 클릭하지 않으면 비밀번호가 변경되지 않습니다.';
$lang->msg_find_account_comment_v2 = '아래의 링크를 클릭하면 현재 비밀번호를 모르더라도 새로운 비밀번호로 변경할 수 있습니다.';
