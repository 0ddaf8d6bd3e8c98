/** Course authoring for trainers: importing a course document in the content format (docs/content-format.md). */
package jp.medsec.lms.web.rest.authoring;
