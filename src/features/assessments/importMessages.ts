import { IMPORT_TH, type ImportCode } from '../../domain/import/thaiWords';
import { defineMessages } from '../../i18n/featureMessages';

const NOT_TEXT = 'is not a CSV or text file';
// The Thai headings and answers a file may use are in the Thai wording; English names the English ones the reader also takes.
const EXPECTED =
  'a column for the indicator (Indicator or Indicator name, or their Thai headings) or the O-item code (Code) and a score column (Score, Result or Percent) is needed';
const EXPECTED_ANSWER = 'yes/no, ✓/✗ or 1/0 (or their Thai words)';

/** Why a score file or one of its rows cannot be imported, by the domain's code; the Thai is the domain's own. */
const en: Record<ImportCode, string> = {
  'file.empty': 'The file is empty',
  'file.tooLarge': 'The file is {size} MB, over the {limit} MB a score file may be',
  'file.unreadable': 'The browser could not read the file; it may have been moved or deleted since it was chosen ({message}). Choose it again',
  'workbook.refused': '{message}',
  'sheet.missing': 'The file has no such sheet',
  'binary.xls': `This is an old Excel file (.xls) and ${NOT_TEXT}: open it in Excel, save it as .xlsx or CSV UTF-8 and choose that file instead`,
  'binary.pdf': `This is a PDF and ${NOT_TEXT}: use the Excel or CSV file the PDF was made from instead`,
  'binary.ods': `This is a LibreOffice Calc file (.ods) and ${NOT_TEXT}: save the score table as .xlsx or CSV UTF-8 and choose that file instead`,
  'binary.docx': `This is a Word file (.docx) and ${NOT_TEXT}: save the score table as .xlsx or CSV UTF-8 and choose that file instead`,
  'binary.zip': `This is a ZIP archive, not an Excel workbook (.xlsx), and ${NOT_TEXT}: save the score table as .xlsx or CSV UTF-8 and choose that file instead`,
  'binary.image': `This is an image and ${NOT_TEXT}: scores cannot be read from a picture, so type them into the CSV template`,
  'binary.utf32': 'This file is encoded as UTF-32, which cannot be read: save it again as CSV UTF-8 or Unicode Text (UTF-16)',
  'text.notTextByte': `Read as {encoding}, the file has a byte that is not a character at position {at}, which no text file has: this file ${NOT_TEXT}`,
  'text.control': `Read as {encoding}, the file has the control character {char} at position {at}, which no text file has: this file ${NOT_TEXT}`,
  'text.utf8BomInvalid': 'The file starts with the UTF-8 mark (BOM) but its content is not valid UTF-8: save it again as CSV UTF-8',
  'text.bomInvalid': 'The file starts with the {encoding} mark (BOM) but its content cannot be read as {encoding} (the file may be incomplete)',
  'text.zeroByte': `The file has zero bytes (0x00), which a CSV file never has: it may be UTF-16 without a BOM or another program’s file and ${NOT_TEXT}; save it again as CSV UTF-8`,
  'text.unknown': `This file is not UTF-8, UTF-16 or Windows-874 (TIS-620) text: it cannot be read as UTF-8, and read as Windows-874 {where}; it ${NOT_TEXT}`,
  'text.unmapped': 'character {at} is not a Windows-874 character',
  'text.strayMark': 'the vowel or tone mark at position {at} does not sit on a Thai consonant',
  'text.noThai': 'it has no Thai letters',
  'encoding.utf-8': 'UTF-8',
  'encoding.utf-8-bom': 'UTF-8 (with BOM)',
  'encoding.utf-16le': 'UTF-16 LE',
  'encoding.utf-16be': 'UTF-16 BE',
  'encoding.windows-874': 'Windows-874 (TIS-620)',
  'separator.comma': ', (comma)',
  'separator.tab': 'tab',
  'separator.semicolon': '; (semicolon)',
  'said.encoding': 'Read the file as {encoding}',
  'said.sheet': 'sheet "{sheet}"',
  'said.separator': 'found the separator {separator}',
  'said.and': '{said}, {part}',
  'said.but': '{said}, but {problem}',
  'json.syntax': 'The JSON file cannot be read: it is not well formed ({message})',
  'json.notList': 'A JSON file must be a list (array) of rows, or an object whose "rows" is such a list',
  'json.keys': 'A JSON file needs an indicator or item key (indicator or code) and a score key (score), but the keys read are {keys}',
  'json.noKeys': 'A JSON file needs an indicator or item key (indicator or code) and a score key (score), but it has no keys at all',
  'quote.unclosed':
    'the quotation mark (") opened in row {row} is never closed, so the rest of the file reads as one cell: close the cell’s text with " or write "" for a " inside the text',
  'quote.unclosedLine':
    'the quotation mark (") opened in row {row} (line {line} of the file) is never closed, so the rest of the file reads as one cell: close the cell’s text with " or write "" for a " inside the text',
  'header.noData': 'there is no data',
  'header.noSeparator': `no separator (comma, tab or ;) between the column headings: row {row} has a single cell, {cells} — ${EXPECTED}`,
  'header.noScore': `no score column heading: the headings found (row {row}) are {cells}{lostThai} — ${EXPECTED}`,
  'header.noItem': `no indicator or O-item column heading: the headings found (row {row}) are {cells}{lostThai} — ${EXPECTED}`,
  'header.neither': `no indicator or O-item column heading and no score column: the headings found (row {row}) are {cells}{lostThai} — ${EXPECTED}`,
  'header.lostThai': ' — the Thai letters became ? when the file was saved: open the original in Excel and save it as "CSV UTF-8" or .xlsx',
  'header.only': 'The file has column headings but no data rows (the header is row {row})',
  'rows.tooMany':
    'The file has {count, plural, one {# data row} other {# data rows}}, but the {year} framework has {indicators, plural, one {# indicator} other {# indicators}} and {oItems, plural, one {# O-item} other {# O-items}}: is it this year’s score file? (at most {max, plural, one {# row} other {# rows}})',
  'year.fileIsOther': 'Every row of the file is a result for fiscal year {fileYear}, not {year}, the year being imported',
  'row.overflow': 'This row has {cells, plural, one {# cell} other {# cells}} but the header has {columns, plural, one {# column} other {# columns}} (the extra cells are {extra}): {fix}',
  'row.overflowFixComma': 'a decimal comma (85,5) or text with a comma must be in quotation marks ("85,5"), or save the file with ; as the separator',
  'row.overflowFixOther': 'give the extra cells a column heading, or delete the data outside the table',
  'row.yearSpan': 'The year cell "{cell}" names several years ({years}): a result belongs to one fiscal year, so give just one',
  'row.otherYear': 'A result for {fileYear}, not {year}',
  'row.duplicateIndicator': 'Row {first} already holds indicator {indicator}',
  'row.duplicateOItem': 'Row {first} already holds item {code}',
  'indicator.missing': 'No indicator',
  'indicator.unknown': 'The {year} framework has no indicator {indicator}',
  'indicator.shifted': 'This row says indicator {indicator}, but the name "{name}" is indicator {other}’s: check the rows did not shift when the data was sorted',
  'indicator.subIssue': '"{cell}" is a sub-issue of an indicator, not an indicator: use the score of the whole indicator',
  'indicator.numberNameMismatch': '"{cell}" says indicator {number}, but the name is indicator {named}’s in the {year} framework',
  'indicator.manyNames': '"{cell}" holds the names of several indicators ({numbers}) in one cell',
  'indicator.unreadable': 'No indicator can be read from "{cell}": it must be an indicator number (such as 5 or Indicator 5) or an indicator’s name in the {year} framework',
  'oItem.range': '"{cell}" is a range covering more than one item: give each item’s result in its own row',
  'oItem.unreadable': 'No O-item code can be read from "{cell}" (it must be O and a number, such as O35)',
  'oItem.unknown': 'The {year} framework has no item {code}',
  'score.missing': 'No score',
  'score.format': 'The score "{cell}" must be a number from 0 to 100 with at most 2 decimals',
  'score.over100': 'The score {score} is over 100',
  'hint.unrounded': 'The Excel cell holds {cell} though it shows {shown}: round it in the cell with ROUND(value, 2) or type the score as reported',
  'hint.percent': 'Excel formats this cell as a percentage: {cell} is {percent} — format it as a number and give a score from 0 to 100',
  'hint.percentColumn':
    'Every score in this column is at most 1, so Excel formats the column as percentages: {cell} is {percent} — format it as a number and give a score from 0 to 100',
  'answer.wordUnderPoints': 'The {year} framework scores O-items from 0 to 100, but the answer is "{cell}": give the item’s score instead',
  'answer.missing': `No answer: it must be ${EXPECTED_ANSWER}`,
  'answer.invalid': `The {year} framework scores O-items as present or absent: the answer must be ${EXPECTED_ANSWER} (or 100/0), but it is "{cell}"`,
};

export const importMessages = defineMessages<ImportCode>(IMPORT_TH, en);
