package io.kf5importer.source.excel;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code xl/workbook.xml} says about the sheets and the date system. POI's sheet iterator does not tell hidden
 * sheets apart, so the part is read here.
 *
 * @param sheets the sheets in workbook order
 * @param relationIds the relationship id of each sheet's part, same order
 * @param date1904 whether dates count from 1904 (old Mac workbooks) rather than 1900
 */
record XlsxWorkbook(List<WorkbookSheet> sheets, List<String> relationIds, boolean date1904) {

    static XlsxWorkbook read(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
        try {
            List<WorkbookSheet> sheets = new ArrayList<>();
            List<String> relationIds = new ArrayList<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    date1904 = isTrue(xml.getAttributeValue(null, "date1904"));
                } else if (xml.getLocalName().equals("sheet")) {
                    String state = xml.getAttributeValue(null, "state");
                    boolean visible = state == null || state.equals("visible");
                    sheets.add(new WorkbookSheet(sheets.size(), xml.getAttributeValue(null, "name"), visible));
                    relationIds.add(relationId(xml));
                }
            }
            return new XlsxWorkbook(sheets, relationIds, date1904);
        } finally {
            xml.close();
        }
    }

    String relationIdOf(WorkbookSheet sheet) {
        return relationIds.get(sheet.index());
    }

    private static boolean isTrue(String flag) {
        return "1".equals(flag) || "true".equals(flag);
    }

    /** The {@code r:id} attribute, whichever relationships namespace (transitional or strict) it is in. */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
