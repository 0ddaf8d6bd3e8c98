/**
 * Bulk staff import by an institution manager: the CSV reader (UTF-8 with or without BOM, or Shift_JIS as
 * Excel in Japan writes it), the import service with its dry run, and invitations through which imported
 * staff set their own password.
 */
package jp.medsec.lms.core.application.staff;
