package com.idic.crm.base.excel;

import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel bar charts (POI XDDF) of a summary table: the chart refers to the table's cells, so it
 * follows them when the reader edits the sheet, and carries their values for readers that do not recalculate.
 */
public final class XlsxCharts {

    /** Lumo-like blues and greys, distinguishable in print. */
    private static final byte[][] PALETTE = {
            {(byte) 0x1A, (byte) 0x73, (byte) 0xE8}, {(byte) 0xF2, (byte) 0x99, (byte) 0x1D},
            {(byte) 0x2E, (byte) 0x9E, (byte) 0x5B}, {(byte) 0x9A, (byte) 0xA5, (byte) 0xB1}};

    private XlsxCharts() {
    }

    /** Where a chart goes: its top-left cell and its size in columns and rows. */
    public record Placement(int column, int row, int columns, int rows) {
    }

    /**
     * Bars of {@code valueColumns} per category of {@code categoryColumn}. {@code horizontal} bars listed
     * top-down in table order make a funnel.
     */
    public static void bars(XlsxSummarySheet.Table table, String title, int categoryColumn, List<Integer> valueColumns,
                            boolean horizontal, Placement placement) {
        XSSFSheet sheet = table.sheet().workbook().xssfSheet(table.sheet().sheet());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, placement.column(), placement.row(),
                placement.column() + placement.columns(), placement.row() + placement.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (valueColumns.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            // first row of the table at the top, as a funnel reads
            categories.setOrientation(AxisOrientation.MAX_MIN);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(
                table.values().stream().map(row -> String.valueOf(row.get(categoryColumn))).toArray(String[]::new),
                table.reference(categoryColumn));
        for (int column : valueColumns) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(
                    table.values().stream().map(row -> row.get(column) instanceof Number n ? n.doubleValue() : 0.0)
                            .toArray(Double[]::new),
                    table.reference(column));
            XDDFChartData.Series series = data.addSeries(names, numbers);
            series.setTitle(table.headers().get(column),
                    new CellReference(table.sheet().name(), table.headerRow(), column, true, true));
            // an explicit fill: without one LibreOffice draws the bars invisible
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                    PALETTE[valueColumns.indexOf(column) % PALETTE.length])));
            series.setShapeProperties(fill);
        }
        chart.plot(data);
    }
}
