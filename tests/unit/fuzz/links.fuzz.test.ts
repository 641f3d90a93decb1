// @vitest-environment node
// The decoders of what links and users type: share codes, `riasec=` and `level=`, `near=` and
// `town=`, the programs screen's filters, the questionnaire's page and `lang=`. Each decoder's
// properties are in a module of its own; they run in one file because every test file pays the
// test setup (the catalogue's text in three languages) before its first test.
import './share-code.fuzz';
import './riasec-param.fuzz';
import './centers-params.fuzz';
import './url-queries.fuzz';
