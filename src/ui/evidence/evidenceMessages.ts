import { FOUND_TYPES, type FoundType } from '../../domain/evidence/fileType';
import { EVIDENCE_TH, FOUND_TH } from '../../domain/evidence/thaiWords';
import { defineMessages } from '../../i18n/featureMessages';
import { rekeyed } from '../../i18n/rekeyed';
import * as words from './evidenceMessages.json';

type FoundKey = `evidence.found.${FoundType}`;

const foundWords = (words: Record<FoundType, string>) =>
  Object.fromEntries(FOUND_TYPES.map((found) => [`evidence.found.${found}`, words[found]])) as Record<FoundKey, string>;

/** The English of what a refused file was found to be (docs/evidence.md keeps the same table). */
const FOUND_EN: Record<FoundType, string> = {
  exe: 'a Windows program (.exe)',
  program: 'a program',
  script: 'a script',
  html: 'a web page (HTML)',
  svg: 'an SVG image, which can hide a script',
  xml: 'an XML file',
  text: 'a text file',
  rtf: 'an RTF file',
  zip: 'a ZIP archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  gzip: 'a gzip archive',
  video: 'a video',
  audio: 'a sound file',
  'office-macros': 'an Office document with macros',
  'office-encrypted': 'a password-protected Office document',
  'office-damaged': 'a damaged or incompletely saved Office document',
  'ole-other': 'a Microsoft file that is not Word, Excel or PowerPoint',
  'ooxml-other': 'an Office file that is not Word, Excel or PowerPoint',
  unknown: 'a type the app does not know',
};

/**
 * The evidence files' words wherever files are attached (a progress update, a finding): the
 * picker and rows, the sending, the kept files' links, and every refusal (the Thai is the domain's own, EVIDENCE_TH and FOUND_TH).
 * `evidence.finding.tooMany` is the count limit said of a finding, whose count takes in the files it keeps already.
 */
const th = {
  ...words.th,
  ...rekeyed(EVIDENCE_TH, '', 'evidence.'),
  ...foundWords(FOUND_TH),
};

const en: Record<keyof typeof th, string> = {
  ...words.en,
  ...foundWords(FOUND_EN),
};

export const evidenceMessages = defineMessages(th, en);
