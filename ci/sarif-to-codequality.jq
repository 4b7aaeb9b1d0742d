# figcheck's SARIF report -> GitLab Code Quality JSON (a CodeClimate subset):
# severity error -> critical, warning -> major, note -> info. The fingerprint is figcheck's
# partialFingerprints (no line numbers), so a finding keeps its identity when its fact moves.
[ .runs[0].results[]
  | {
      description: (.message.text | split("\n")[0]),
      check_name: .ruleId,
      fingerprint: .partialFingerprints["figcheck/v1"],
      severity: ({"error": "critical", "warning": "major", "note": "info"}[.level] // "minor"),
      location: {
        path: .locations[0].physicalLocation.artifactLocation.uri,
        lines: {begin: (.locations[0].physicalLocation.region.startLine // 1)}
      }
    }
]
