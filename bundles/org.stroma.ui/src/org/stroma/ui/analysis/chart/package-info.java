/**
 * Charts of analysis results with SWTChart, one class per kind of
 * {@link org.stroma.analysis.api.ChartHint}: bars with error bars, box plots, individual points,
 * estimates with intervals and paired lines. They read only the result table and the columns a
 * hint names, so they draw any analysis, built-in or from a plugin. Categories sit at whole
 * numbers of a numeric x axis (named by its tick labels), which lets points spread within their
 * category and boxes be drawn beside one another.
 */
package org.stroma.ui.analysis.chart;
