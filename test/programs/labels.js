// labelled statements with break and continue
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}

block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
console.log('after block');

let count = 0;
loop1: while (true) {
  loop2: do {
    count++;
    if (count > 5) break loop1;
    if (count % 2) continue loop2;
    console.log('even', count);
  } while (count < 10);
}
console.log('count', count);

function labelledFinally() {
  const log = [];
  a: try {
    log.push('try');
    break a;
  } finally {
    log.push('finally');
  }
  log.push('after');
  return log.join('>');
}
console.log(labelledFinally());

lbl: {
  try {
    break lbl;
  } finally {
    console.log('finally runs on labelled break');
  }
}
