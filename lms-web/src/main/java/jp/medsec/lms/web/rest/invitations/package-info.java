/** Invitations: imported staff open their link, see who it is for, and set their own password. */
package jp.medsec.lms.web.rest.invitations;
