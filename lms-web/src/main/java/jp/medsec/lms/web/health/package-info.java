/** MicroProfile Health checks (/health/ready, /health/live). */
package jp.medsec.lms.web.health;
