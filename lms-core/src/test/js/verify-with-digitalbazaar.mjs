// Cross-check: verifies credentials issued by OpenBadgeIssuer with Digital Bazaar's reference implementation of
// eddsa-rdfc-2022 (jsonld.js, rdf-canonize, jsonld-signatures), which shares no code with ours. Offline: contexts come
// from the files bundled in lms-core, did:key documents are derived from the key itself.
//
//   npm install jsonld@8 jsonld-signatures@11 @digitalbazaar/data-integrity@2 \
//       @digitalbazaar/eddsa-rdfc-2022-cryptosuite@1 @digitalbazaar/ed25519-multikey@1
//   node verify-with-digitalbazaar.mjs <contexts folder> <signed credential.json>...
//
// Prints "verified" per file, exits 1 on any failure. See ReferenceVerifierFixtureTest for how its result is kept.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const [contextsDir, ...files] = process.argv.slice(2);
const contexts = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
};

function didKeyDocument(did) {
  const key = did.slice('did:key:'.length);
  const method = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: `${did}#${key}`, type: 'Multikey', controller: did, publicKeyMultibase: key,
  };
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [method], assertionMethod: [method.id],
  };
}

async function documentLoader(url) {
  if (contexts[url]) {
    return {contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(contextsDir, contexts[url]), 'utf8'))};
  }
  if (url.startsWith('did:key:')) {
    const [did, fragment] = url.split('#');
    const document = didKeyDocument(did);
    return {contextUrl: null, documentUrl: url,
      document: fragment ? document.verificationMethod[0] : document};
  }
  throw new Error(`refusing to load ${url}: not bundled`);
}

let failed = false;
for (const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const result = await jsigs.verify(credential, {
    suite: new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite}),
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader,
  });
  if (result.verified) {
    console.log(`verified ${file}`);
  } else {
    failed = true;
    console.log(`FAILED ${file}: ${result.error && result.error.errors ? result.error.errors.map(e => e.message).join('; ') : result.error}`);
  }
}
process.exit(failed ? 1 : 0);
