// let/const block scoping and the temporal dead zone
{
  let a = 1;
  const b = 2;
  {
    let a = 10;
    console.log('inner', a, b);
  }
  console.log('outer', a, b);
}
console.log(typeof a, typeof b);

function tdz(read) {
  try {
    read();
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
tdz(() => { x; let x = 1; });
tdz(() => { typeof y; const y = 2; });
tdz(() => { z = 3; let z; });
tdz(() => { const c = 1; c = 2; });
tdz(() => { class K extends (K, Object) {} });
tdz(() => { let q = q + 1; });

function useBefore() {
  const f = () => late;
  let late = 'ok after init';
  return f();
}
console.log(useBefore());

const obj = { n: 1 };
obj.n = 2;
console.log('const object is mutable', obj.n);

let counter = 0;
for (const k of [1, 2, 3]) counter += k;
console.log('for-of const', counter);

switch (1) {
  case 0:
    let s = 'zero';
    break;
  case 1:
    try { console.log(s); } catch (e) { console.log('switch TDZ', e.name); }
}
