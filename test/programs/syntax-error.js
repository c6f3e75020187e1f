// a syntax error: nothing runs, exit code 1
console.log('this line is never reached because the file does not parse');
let x = 1;
let x = 2;
function f( {
