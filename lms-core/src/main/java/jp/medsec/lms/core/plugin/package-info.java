/** Finds activity-type plugins (CDI beans implementing the SPI) and checks them once at start-up. */
package jp.medsec.lms.core.plugin;
