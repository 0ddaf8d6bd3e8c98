/** The web layer: REST resources under /api, problem details, session security, health. */
package jp.medsec.lms.web;
