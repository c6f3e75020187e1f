// stringbuild: build text with template literals, join, padStart, repeat, slice/indexOf/toUpperCase, 40,000 records -> -1643460521
function stringbuild(n) {
  var parts = [];
  var s = '';
  for (var i = 0; i < n; i++) {
    var name = 'rec' + (i % 97);
    var line = `${String(i).padStart(6, '0')}|${name.toUpperCase()}|${(i * 37 % 1000) / 10}|${'*'.repeat(i % 5)}`;
    parts.push(line);
    if (i % 100 === 0) s += line.slice(0, 8) + ';';
  }
  var text = parts.join('\n');
  var h = 0;
  var pos = 0, count = 0;
  while ((pos = text.indexOf('REC1', pos)) !== -1) { count++; pos += 4; }
  for (var j = 0; j < text.length; j += 7) h = (h * 33 + text.charCodeAt(j)) | 0;
  var words = s.split(';');
  var lower = text.slice(0, 5000).toLowerCase();
  return (h + count * 1000 + words.length + lower.lastIndexOf('rec') + text.length) | 0;
}
var __result = stringbuild(40000);
