/** Jakarta Security integration: the identity store that checks learners' passwords and supplies their roles. */
package jp.medsec.lms.core.infrastructure.security;
