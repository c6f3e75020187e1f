// regex: tokenize a generated 30 KB log 20 times with global regexes (exec loop), test, replace with a callback, split -> 191560904
function makeLog(lines) {
  var words = ['alpha', 'beta', 'gamma', 'delta', 'error', 'warn', 'info', 'user42', 'x-ray', 'zeta'];
  var out = [];
  for (var i = 0; i < lines; i++) {
    var w = words[i % words.length];
    out.push('2024-0' + (1 + i % 9) + '-' + (10 + i % 18) + 'T12:' + (10 + i % 50) + ' [' + w.toUpperCase() + '] ' +
      w + ' id=' + (i * 7919 % 100000) + ' ip=10.0.' + (i % 256) + '.' + (i * 3 % 256) + ' msg="' + w + ' ' + i + '"');
  }
  return out.join('\n');
}
function regex(rounds) {
  var log = makeLog(400);
  var token = /(\d+)|([A-Za-z_][\w-]*)|("(?:[^"\\]|\\.)*")|(\s+)|(.)/g;
  var dateRe = /^(\d{4})-(\d{2})-(\d{2})T(\d\d):(\d\d)/;
  var ipRe = /ip=(\d+)\.(\d+)\.(\d+)\.(\d+)/;
  var h = 0;
  for (var r = 0; r < rounds; r++) {
    token.lastIndex = 0;
    var m, n = 0;
    while ((m = token.exec(log)) !== null) {
      if (m[1] !== undefined) h = (h * 31 + (m[1].length | 0)) | 0;
      else if (m[2] !== undefined) h = (h * 31 + m[2].charCodeAt(0)) | 0;
      else if (m[3] !== undefined) h = (h + m[3].length) | 0;
      n++;
    }
    var lines = log.split('\n');
    for (var i = 0; i < lines.length; i += 4) {
      var d = dateRe.exec(lines[i]);
      var ip = ipRe.exec(lines[i]);
      h = (h + (+d[2]) * 100 + (+d[3]) + (+ip[4])) | 0;
      if (/\[ERROR\]/.test(lines[i])) h = (h + 1) | 0;
    }
    var replaced = log.replace(/id=(\d+)/g, function (all, id) { return 'id#' + (id.length); });
    h = (h + replaced.length + n) | 0;
    h = (h + log.split(/\s+/).length) | 0;
  }
  return h;
}
var __result = regex(20);
