/** A plugin that exists only to prove the SPI: it is packaged as its own jar in an Arquillian deployment. */
package jp.medsec.lms.testplugin;
