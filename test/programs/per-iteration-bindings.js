// for (let ...) creates a fresh binding per iteration; var shares one
const fnsLet = [];
for (let i = 0; i < 3; i++) fnsLet.push(() => i);
console.log(fnsLet.map(f => f()).join(','));

const fnsVar = [];
for (var j = 0; j < 3; j++) fnsVar.push(() => j);
console.log(fnsVar.map(f => f()).join(','));

const fnsMut = [];
for (let i = 0; i < 3; i++) {
  fnsMut.push(() => i);
  i += 0.5;
}
console.log(fnsMut.map(f => f()).join(','));

const closuresInInit = [];
for (let i = 0, g = () => i; i < 2; i++) closuresInInit.push(g);
console.log('init closure sees first copy:', closuresInInit.map(f => f()).join(','));

const forIn = [];
for (const k in { a: 1, b: 2 }) forIn.push(() => k);
console.log(forIn.map(f => f()).join(','));

const forOf = [];
for (let v of ['x', 'y']) forOf.push(() => v);
console.log(forOf.map(f => f()).join(','));

let out = [];
for (let i = 0; i < 3; i++) {
  setLater(() => out.push(i));
}
function setLater(f) { f(); }
console.log(out.join(','));

const w = [];
let n = 0;
while (n < 3) {
  let m = n * 10;
  w.push(() => m);
  n++;
}
console.log(w.map(f => f()).join(','));
