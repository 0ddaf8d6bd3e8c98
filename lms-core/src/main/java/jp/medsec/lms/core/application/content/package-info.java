/**
 * Course content as data: the JSON/Markdown format of tracks and courses (see docs/content-format.md), the
 * reader that turns files into documents with precise error positions, and the import service that stores
 * them. The seed content and a trainer's uploaded course go through the same path.
 */
package jp.medsec.lms.core.application.content;
