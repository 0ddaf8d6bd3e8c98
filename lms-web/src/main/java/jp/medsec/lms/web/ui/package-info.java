/**
 * Serves the web UI's pages. Every page is the same shell (header, main, footer, skip link) with its own title
 * and ES module from {@code js/pages/}; the shell lives once, in {@code WEB-INF/page-shell.html}.
 */
package jp.medsec.lms.web.ui;
