/**
 * A SIP registrar and proxy with only a WebSocket listener, enough for two browser user agents on
 * loopback to register and call each other. No digest auth: the product's passwords are checked by
 * Asterisk in production, and here only the softphone's behaviour is under test.
 */
export function kamailioConfig(port: number): string {
  return `#!KAMAILIO
debug=2
log_stderror=yes
children=2
tcp_children=2
disable_tcp=no
auto_aliases=no
listen=tcp:127.0.0.1:${port}
alias="127.0.0.1:${port}"
tcp_accept_no_cl=yes
tcp_connection_lifetime=3605
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "nathelper.so"
loadmodule "xhttp.so"
loadmodule "websocket.so"
modparam("usrloc", "db_mode", 0)
modparam("registrar", "max_expires", 3600)
modparam("nathelper|registrar", "received_avp", "$avp(RECEIVED)")
modparam("rr", "enable_double_rr", 1)
modparam("websocket", "keepalive_mechanism", 1)

request_route {
  if (!mf_process_maxfwd_header("10")) { sl_send_reply("483","Too Many Hops"); exit; }
  if (nat_uac_test(64)) {
    force_rport();
    if (is_method("REGISTER")) fix_nated_register();
    else if (!add_contact_alias()) { sl_send_reply("400","Bad Request"); exit; }
  }
  if (is_method("OPTIONS") && uri==myself && $rU==$null) { sl_send_reply("200","OK"); exit; }
  if (has_totag()) {
    if (loose_route()) { handle_ruri_alias(); route(RELAY); exit; }
    if (is_method("ACK")) { if (t_check_trans()) route(RELAY); exit; }
    sl_send_reply("404","Not here"); exit;
  }
  if (is_method("CANCEL")) { if (t_check_trans()) route(RELAY); exit; }
  t_check_trans();
  if (is_method("REGISTER")) { if (!save("location")) sl_reply_error(); exit; }
  if (is_method("INVITE|SUBSCRIBE|REFER")) record_route();
  if (!lookup("location")) { sl_send_reply("404","Not Found"); exit; }
  route(RELAY);
}
route[RELAY] {
  if (is_method("INVITE|BYE|UPDATE|CANCEL|ACK|REFER")) t_on_reply("WS_REPLY");
  if (!t_relay()) sl_reply_error();
  exit;
}
onreply_route[WS_REPLY] { if (nat_uac_test(64)) add_contact_alias(); }
event_route[xhttp:request] {
  set_reply_close(); set_reply_no_connect();
  if ($hdr(Upgrade)=~"websocket" && $hdr(Connection)=~"Upgrade" && $rm=~"GET") {
    if (ws_handle_handshake()) exit;
  }
  xhttp_reply("404", "Not Found", "", "");
}
event_route[websocket:closed] { xlog("L_INFO", "WS closed $si:$sp\\n"); }
`;
}
