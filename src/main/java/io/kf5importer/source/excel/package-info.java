/**
 * Rows from Excel workbooks: {@code .xlsx} streamed part by part with bounded memory, {@code .xls} through HSSF,
 * both rendering every cell as a person sees it in Excel.
 */
package io.kf5importer.source.excel;
