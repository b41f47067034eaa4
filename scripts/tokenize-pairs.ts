// Writes components/widgets/tokenizer/tokens.json: how r50k_base, cl100k_base and o200k_base
// split the tokenizer widget's sentence pairs. The vocabularies (0.5–1.1 MB gzip) stay here; the
// browser gets only the spans. Run after editing the pairs: npx tsx scripts/tokenize-pairs.ts
// (tests/unit/lib/widgets/tokenizer.test.ts fails while the file is out of date).
import { writeFileSync } from 'node:fs';
import { computeTokenData } from '../components/widgets/tokenizer/compute';

writeFileSync(new URL('../components/widgets/tokenizer/tokens.json', import.meta.url), `${JSON.stringify(computeTokenData())}\n`);
