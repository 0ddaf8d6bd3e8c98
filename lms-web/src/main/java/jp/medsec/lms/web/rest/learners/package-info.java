/** Administration of accounts: finding a learner, placing them in an institution, granting and revoking roles. */
package jp.medsec.lms.web.rest.learners;
