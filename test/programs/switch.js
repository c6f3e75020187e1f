// switch: strict equality, fallthrough, default placement, scoping
function describe(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two-or-fell');
      break;
    default:
      out.push('default');
    case 'a':
      out.push('a');
      break;
    case NaN:
      out.push('nan');
  }
  return out.join(' ');
}
for (const v of [1, 2, '1', 'a', NaN, 3]) console.log(String(v), '=>', describe(v));

function evalOrder() {
  const log = [];
  const t = (v) => { log.push(v); return v; };
  switch (t(3)) {
    case t(1): break;
    case t(3): log.push('hit'); break;
    case t(4): break;
  }
  return log.join(',');
}
console.log(evalOrder());

function scoped(k) {
  switch (k) {
    case 0: {
      let msg = 'block zero';
      return msg;
    }
    case 1: {
      let msg = 'block one';
      return msg;
    }
  }
  return 'none';
}
console.log(scoped(0), scoped(1), scoped(2));

let r = '';
switch (true) {
  case 5 > 10: r = 'no'; break;
  case 5 > 1: r = 'yes'; break;
}
console.log(r);

switch (0) {}
switch (-0) { case 0: console.log('-0 matches 0'); }
