// Preloaded (--require) into a spawned zadigctl by smoke.test.ts: at exit, writes to $LOAD_PROBE_OUT which of
// the package's files the process read and whether Node's ES module loader ran.
'use strict';
const fs = require('node:fs');
const read = fs.readFileSync;
const files = [];
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string') files.push(path);
  return read.call(this, path, ...rest);
};
process.on('exit', () => {
  const esmLoader = process.moduleLoadList.includes('NativeModule internal/modules/esm/translators');
  fs.writeFileSync(process.env.LOAD_PROBE_OUT, JSON.stringify({ files, esmLoader }));
});
