// classes: class hierarchy with private fields, getters/setters, static members, super calls, polymorphic dispatch, 40,000 shapes -> 3361045
class Shape {
  static count = 0;
  #id;
  constructor(id) { this.#id = id; Shape.count++; }
  get id() { return this.#id; }
  area() { return 0; }
  describe() { return this.kind() + this.#id; }
  kind() { return 'shape'; }
}
class Rect extends Shape {
  #w; #h;
  constructor(id, w, h) { super(id); this.#w = w; this.#h = h; }
  area() { return this.#w * this.#h; }
  kind() { return 'rect'; }
  get width() { return this.#w; }
  set width(v) { this.#w = v; }
}
class Square extends Rect {
  constructor(id, s) { super(id, s, s); }
  kind() { return 'square'; }
  area() { return super.area() + 1; }
}
class Circle extends Shape {
  constructor(id, r) { super(id); this.r = r; }
  area() { return Math.floor(3 * this.r * this.r); }
  kind() { return 'circle'; }
  static unit() { return new Circle(-1, 1); }
}
function classes(n) {
  var shapes = [];
  for (var i = 0; i < n; i++) {
    var k = i % 3;
    shapes.push(k === 0 ? new Rect(i, i % 13, i % 7) : k === 1 ? new Square(i, i % 11) : new Circle(i, i % 5));
  }
  var total = 0;
  for (var r = 0; r < 3; r++) {
    for (var j = 0; j < shapes.length; j++) {
      var s = shapes[j];
      total += s.area() + s.id % 3;
      if (s instanceof Rect) { s.width = s.width + 1; }
      if (j % 1000 === 0) total += s.describe().length;
    }
  }
  return total + Shape.count + Circle.unit().area();
}
var __result = classes(40000);
