// A first ouro program: run it with `npx ouro examples/hello.js`.
class Greeter {
  #greeting;
  constructor(greeting = 'Hello') {
    this.#greeting = greeting;
  }
  greet(...names) {
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    return `${this.#greeting}, ${list}!`;
  }
}

const { greet } = { greet: (g, ...names) => g.greet(...names) };
console.log(greet(new Greeter(), 'world'));
console.log(greet(new Greeter('Welcome'), 'Ada', 'Grace', 'Barbara'));

function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const first = [];
for (const n of fibonacci()) {
  if (first.length === 10) break;
  first.push(n);
}
console.log('Fibonacci:', first.join(' '));
console.log({ engine: 'ouro', written: 'in TypeScript', answer: 6 * 7 });
