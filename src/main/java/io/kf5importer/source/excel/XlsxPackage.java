package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Opens the zip package of an {@code .xlsx} file with POI's zip guards on (minimum inflate ratio, maximum entry
 * size), and makes sure it is a workbook before anything is streamed from it.
 */
final class XlsxPackage {

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private static final Map<String, String> OTHER_DOCUMENTS = Map.of(
            "application/vnd.ms-excel.sheet.binary.macroEnabled.main", " (an Excel binary workbook, .xlsb)",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", " (a Word document)",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            " (a PowerPoint presentation)");

    private XlsxPackage() {
    }

    /** Opens the file read-only; the caller reverts (closes) the package. */
    static OPCPackage open(Path file) {
        if (!hasContentTypes(file)) {
            throw WorkbookFailures.notAWorkbook(file, "a zip archive", "");
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            throw WorkbookFailures.notAWorkbook(file, "a zip archive", "");
        } catch (InvalidFormatException | RuntimeException e) {
            throw WorkbookFailures.unreadable(file, ".xlsx", e);
        }
    }

    /**
     * Whether the zip lists the {@code [Content_Types].xml} part every Office package has. Only the zip's directory
     * is read; a zip too damaged to have one is left for POI to report.
     */
    private static boolean hasContentTypes(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().equalsIgnoreCase("[Content_Types].xml"));
        } catch (IOException e) {
            return true;
        }
    }

    /** Checks that the package's main document is a workbook, naming what it is otherwise. */
    static OPCPackage requireWorkbook(Path file, OPCPackage workbookPackage) {
        PackageRelationshipCollection main =
                workbookPackage.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            if (!workbookPackage.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new SourceException(file, "is saved as a Strict Open XML spreadsheet, which this importer "
                        + "cannot read; open it in Excel and save it as 'Excel Workbook (.xlsx)'");
            }
            throw WorkbookFailures.notAWorkbook(file, "a zip archive", "");
        }
        PackagePart part = workbookPackage.getPart(main.getRelationship(0));
        String contentType = part == null ? "" : part.getContentType();
        if (!WORKBOOK_TYPES.contains(contentType)) {
            throw WorkbookFailures.notAWorkbook(file, "an Office file", OTHER_DOCUMENTS.getOrDefault(contentType, ""));
        }
        return workbookPackage;
    }
}
