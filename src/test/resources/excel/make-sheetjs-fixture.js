// Writes sheetjs-tickets.xlsx (strings as t="str" cells), sheetjs-tickets-sst.xlsx (shared strings) and
// sheetjs-tickets.xls: workbooks made by another program than Apache POI, for SheetJsFixtureTests.
// Regenerate by hand (never from the Maven build):
//   mkdir -p /tmp/sheetjs && cd /tmp/sheetjs && npm install xlsx@0.18.5
//   NODE_PATH=/tmp/sheetjs/node_modules node src/test/resources/excel/make-sheetjs-fixture.js
// Dates are built in UTC so that the files do not depend on the machine's time zone.
process.env.TZ = 'UTC';
const path = require('path');
const XLSX = require('xlsx');

const lookups = XLSX.utils.aoa_to_sheet([['Status'], ['open'], ['closed']]);

const tickets = XLSX.utils.aoa_to_sheet([
  ['Ticket', 'Title', 'Requester phone', 'Amount', 'Created', 'Updated', 'Group', 'Total', 'Urgent'],
  ['00123', '无法登录', 13800138000, 1234.5, new Date(Date.UTC(2024, 2, 4)),
    new Date(Date.UTC(2024, 2, 4, 9, 5, 7)), 'VIP', null, true],
  ['00124', 'Printer on fire', 441234567890, 0.1 + 0.2, new Date(Date.UTC(2023, 11, 31)),
    new Date(Date.UTC(2024, 0, 1, 23, 59, 59)), null, null, false],
], { cellDates: true });

tickets['D2'].z = '#,##0.00';
tickets['E2'].z = 'yyyy-mm-dd';
tickets['E3'].z = 'yyyy-mm-dd';
tickets['F2'].z = 'yyyy-mm-dd hh:mm:ss';
tickets['F3'].z = 'yyyy-mm-dd hh:mm:ss';
tickets['H2'] = { t: 'n', f: 'C2/1000000+D2', v: 13800 + 1234.5 };
tickets['H3'] = { t: 'n', f: 'D3*10', v: 3 };
tickets['!merges'] = [XLSX.utils.decode_range('G2:G3')];

const workbook = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(workbook, lookups, 'Lookups');
XLSX.utils.book_append_sheet(workbook, tickets, 'Tickets');
workbook.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };

XLSX.writeFile(workbook, path.join(__dirname, 'sheetjs-tickets.xlsx'), { bookType: 'xlsx', cellDates: false });
XLSX.writeFile(workbook, path.join(__dirname, 'sheetjs-tickets-sst.xlsx'),
  { bookType: 'xlsx', cellDates: false, bookSST: true });
XLSX.writeFile(workbook, path.join(__dirname, 'sheetjs-tickets.xls'), { bookType: 'biff8', cellDates: false });
