package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import java.net.URI;
import java.time.Instant;

/** One realistic certificate to issue in tests. */
final class SampleCertificates {

    static final Instant ISSUED = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant EXPIRES = Instant.parse("2029-03-31T15:00:00Z");
    static final URI STATUS_LIST = URI.create("https://lms.example.jp/credentials/status/1");

    private SampleCertificates() {
    }

    static CredentialSubjectData yamadaHanako(int statusIndex) {
        return new CredentialSubjectData(
                "EXE-2026-000123",
                URI.create("https://lms.example.jp/verify/EXE-2026-000123"),
                "山田 花子",
                URI.create("https://lms.example.jp/achievements/executive-2026"),
                "医療機関のサイバーセキュリティ対策（経営者向け）",
                "医療法施行規則第14条第2項に基づくサイバーセキュリティ対策について、経営層が果たすべき役割を学ぶ研修。",
                "経営者向け",
                "全レッスンを修了し、確認テストに合格したこと。",
                ISSUED,
                ISSUED,
                EXPIRES,
                new StatusListIndex(STATUS_LIST, statusIndex));
    }
}
