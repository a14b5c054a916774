/** Messages of files, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('files', {
  nl: {
    per_file: 'per bestand',
    parts_xlsx_file: 'onderdelen in een XLSX-bestand',
    unpacked_per_sheet: 'uitgepakt per werkblad',
    unpacked_per_xlsx_file: 'uitgepakt per XLSX-bestand',
    rows: 'rijen',
    columns_per_row: 'kolommen per rij',
    characters_per_cell: 'tekens per cel',
    file_too_large:
      'Het bestand is {{byteLength}} MB; de grens is {{maxBytes}} MB. Splits het op per jaar of laad het XLSX-bestand op.',
    binary_file:
      'Dit bestand is geen tekstbestand (CSV). Bewaar het in Excel als "CSV (puntkomma-gescheiden)" of laad het XLSX-bestand op.',
    unsupported_encoding:
      'Dit bestand is in UTF-16 ("Unicode-tekst") bewaard. Bewaar het als CSV UTF-8 of laad het XLSX-bestand op.',
    mixed_encoding:
      'Dit bestand mengt tekensets: het bevat UTF-8-tekens én, op lijn {{mixed}}, tekens in een andere codering (Windows-1252). Bewaar het opnieuw als CSV UTF-8.',
    line: 'lijn {{startLine}}',
    choose_file_upload: 'Kies een bestand om op te laden.',
    missing: 'ontbreekt',
    file_mb_limit_mb:
      'Het bestand is {{size}} MB; de grens is {{uploadBytes}} MB. Splits het op per jaar of laad het XLSX-bestand op.',
    file_takes_too_much:
      'Dit bestand vraagt te veel geheugen of tijd om te lezen; er is niets gelezen. Splits het op of bewaar het als CSV.',
    too_heavy: 'te zwaar',
    row: 'rij {{rows}}',
    row_without_number: 'een rij zonder nummer',
    row_2: 'rij {{number}}',
    larger_than_zip_directory: '{{name}} is groter dan de zip-map aangeeft',
    malformed_csv: 'Het aanhalingsteken op lijn {{openLine}} wordt nooit gesloten.',
    formula_without_value:
      'Cel {{column}}{{number}} bevat een formule zonder bewaarde uitkomst. Open het bestand in Excel en bewaar het opnieuw, of plak de waarden.',
    file_errors_one: 'Het bestand bevat {{count}} fout; er is niets opgeslagen.',
    file_errors_other: 'Het bestand bevat {{count}} fouten; er is niets opgeslagen.',
    limit_exceeded: 'Het bestand overschrijdt de grens van {{max}} {{what}}; er is niets gelezen.',
    limit_exceeded_at: 'Het bestand overschrijdt de grens van {{max}} {{what}} ({{where}}); er is niets gelezen.',
    unreadable_xlsx: 'Dit XLSX-bestand kan niet gelezen worden.',
    unreadable_xlsx_why: 'Dit XLSX-bestand kan niet gelezen worden ({{why}}).',
    unreadable_csv: 'Dit CSV-bestand kan niet gelezen worden.',
    unreadable_csv_why: 'Dit CSV-bestand kan niet gelezen worden ({{why}}).',
    empty_amount: 'Er staat geen bedrag.',
    invalid_amount: '"{{input}}" is geen bedrag.',
    too_many_decimals: '"{{input}}" heeft meer dan twee cijfers na de komma.',
    amount_too_large: '"{{input}}" is te groot.',
    invalid_amount_thousands_decimal:
      '"{{input}}" is geen bedrag: de scheidingstekens voor duizendtallen en decimalen kloppen niet.',
    invalid_amount_3: 'Dit is geen bedrag.',
    amount_too_large_2: 'Het bedrag is te groot.',
    invalid_date: 'Deze datum bestaat niet ({{d}}/{{m}}/{{y}}).',
    invalid_date_2: 'Ongeldige datum.',
    invalid_date_excel: '{{serial}} is geen Excel-datum.',
    invalid_date_expected_ddmmyyyy: '"{{input}}" is geen datum (verwacht dd/mm/jjjj).',
    duplicate_column: 'De kolommen "{{earlier}}" en "{{header}}" bevatten allebei de {{label}}. Kies er één.',
  },
  en: {
    per_file: 'per file',
    parts_xlsx_file: 'parts in an XLSX file',
    unpacked_per_sheet: 'unpacked per sheet',
    unpacked_per_xlsx_file: 'unpacked per XLSX file',
    rows: 'rows',
    columns_per_row: 'columns per row',
    characters_per_cell: 'characters per cell',
    file_too_large:
      'The file is {{byteLength}} MB; the limit is {{maxBytes}} MB. Split it per year or upload the XLSX file.',
    binary_file: 'This file is not a text (CSV) file. Save it from Excel as "CSV" or upload the XLSX file itself.',
    unsupported_encoding:
      'This file is saved as UTF-16 ("Unicode text"). Save it as CSV UTF-8 or upload the XLSX file.',
    mixed_encoding:
      'This file mixes encodings: it holds UTF-8 characters and, on line {{mixed}}, characters in another encoding (Windows-1252). Save it again as CSV UTF-8.',
    line: 'line {{startLine}}',
    choose_file_upload: 'Choose a file to upload.',
    missing: 'missing',
    file_mb_limit_mb:
      'The file is {{size}} MB; the limit is {{uploadBytes}} MB. Split it per year or upload the XLSX file.',
    file_takes_too_much:
      'This file takes too much memory or time to read; nothing was read. Split it or save it as CSV.',
    too_heavy: 'too heavy',
    row: 'row {{rows}}',
    row_without_number: 'a row without a number',
    row_2: 'row {{number}}',
    larger_than_zip_directory: '{{name}} is larger than its zip directory says',
    malformed_csv: 'The quote opened on line {{openLine}} is never closed.',
    formula_without_value:
      'Cell {{column}}{{number}} holds a formula without a stored result. Open the file in Excel and save it again, or paste the values.',
    file_errors_one: 'The file has {{count}} error; nothing was saved.',
    file_errors_other: 'The file has {{count}} errors; nothing was saved.',
    limit_exceeded: 'The file exceeds the limit of {{max}} {{what}}; nothing was read.',
    limit_exceeded_at: 'The file exceeds the limit of {{max}} {{what}} ({{where}}); nothing was read.',
    unreadable_xlsx: 'This XLSX file cannot be read.',
    unreadable_xlsx_why: 'This XLSX file cannot be read ({{why}}).',
    unreadable_csv: 'This CSV file cannot be read.',
    unreadable_csv_why: 'This CSV file cannot be read ({{why}}).',
    empty_amount: 'There is no amount.',
    invalid_amount: '"{{input}}" is not an amount.',
    too_many_decimals: '"{{input}}" has more than two decimals.',
    amount_too_large: '"{{input}}" is too large.',
    invalid_amount_thousands_decimal: '"{{input}}" is not an amount: the thousands and decimal separators do not fit.',
    invalid_amount_3: 'This is not an amount.',
    amount_too_large_2: 'The amount is too large.',
    invalid_date: 'This date does not exist ({{d}}/{{m}}/{{y}}).',
    invalid_date_2: 'Invalid date.',
    invalid_date_excel: '{{serial}} is not an Excel date.',
    invalid_date_expected_ddmmyyyy: '"{{input}}" is not a date (expected dd/mm/yyyy).',
    duplicate_column: 'Columns "{{earlier}}" and "{{header}}" both hold the {{label}}. Choose one.',
  },
});
