/* site statistics (stub) */
(function(){var q=window._tjq||[];window._tjq={push:function(){}};})();
function showLogin(){alert("登录功能维护中");}function showReg(){alert("注册功能维护中");}function addFav(){alert("请按 Ctrl+D 收藏本站");}
