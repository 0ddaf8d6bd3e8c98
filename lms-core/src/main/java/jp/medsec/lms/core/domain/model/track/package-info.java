/** The five training tracks of the national programme (経営者, システム・セキュリティ管理者, 初学者・医療従事者, 立入検査, 講師育成). */
package jp.medsec.lms.core.domain.model.track;
