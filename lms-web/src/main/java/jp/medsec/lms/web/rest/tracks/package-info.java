/** The public catalog of the five tracks and their published courses. */
package jp.medsec.lms.web.rest.tracks;
