/* A bare ExcelJS read + write of a workbook, as a process of its own: node bench/bareExcelJs.cjs IN OUT. */
const ExcelJS = require("exceljs");

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  await wb.xlsx.writeFile(process.argv[3]);
})();
