/**
 * Reading text files people upload: CSV saved by Excel on Japanese Windows (Shift_JIS), UTF-8 with or without
 * a BOM, or a meeting tool's UTF-16 export. Shared by the staff import and the live-session attendance import,
 * so both detect encodings, normalise full-width input and number lines the same way. Pure functions only.
 */
package jp.medsec.lms.core.text;
