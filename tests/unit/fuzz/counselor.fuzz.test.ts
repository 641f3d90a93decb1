// @vitest-environment node
// The decoders of counselor mode: pasted codes and links, session files, and the session's CSV
// read back. Each decoder's properties are in a module of its own; they run in one file because
// every test file pays the test setup (the catalogue's text in three languages) before its first
// test.
import './parse-lines.fuzz';
import './session-file.fuzz';
import './counselor-csv.fuzz';
