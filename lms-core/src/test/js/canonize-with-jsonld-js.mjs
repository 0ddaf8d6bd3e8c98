// Cross-check: the canonical N-Quads (RDFC-1.0) of a credential according to the JavaScript reference
// implementations, jsonld.js (JSON-LD to RDF) and rdf-canonize. Offline: contexts come from the bundled files.
//   npm install jsonld@8 rdf-canonize@4
//   node canonize-with-jsonld-js.mjs <contexts folder> <credential.json>   (its proof, if any, is left out)
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import jsonld from 'jsonld';
import canonize from 'rdf-canonize';
const [contextsDir, file] = process.argv.slice(2);
const contexts = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
};
const documentLoader = async url => {
  if (!contexts[url]) throw new Error('not bundled ' + url);
  return {contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(contextsDir, contexts[url]), 'utf8'))};
};
const doc = JSON.parse(readFileSync(file, 'utf8'));
delete doc.proof;
const nquads = await jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader, safe: true});
process.stdout.write(await canonize.canonize(nquads, {algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads'}));
