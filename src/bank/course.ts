/**
 * The course: its 14 modules in the course's own numbering, their titles, topic keys and labs
 * (from the course outline), and the SOA-C03 exam domains with their weights.
 */
import type { Domain } from './types.ts';

export interface CourseModule {
  readonly number: number;
  readonly slug: string;
  readonly title: { readonly en: string; readonly ja: string };
  readonly topics: readonly string[];
  readonly lab?: number;
}

export const MODULES: readonly CourseModule[] = [
  {
    number: 1,
    slug: 'introduction',
    title: { en: 'Introduction to Cloud Operations on AWS', ja: 'Cloud Operations on AWS の紹介' },
    topics: ['ops-purpose', 'opex-prepare', 'opex-operate', 'opex-evolve', 'well-architected', 'runbooks-playbooks'],
  },
  {
    number: 2,
    slug: 'access-management',
    title: { en: 'Access management', ja: 'アクセス管理' },
    topics: [
      'authn-authz',
      'iam-principals',
      'iam-roles',
      'passrole',
      'assumerole',
      'policy-elements',
      'least-privilege',
      'managed-policies',
      'mfa',
      'credential-rotation',
      'credential-report',
      'organizations',
      'scp',
    ],
  },
  {
    number: 3,
    slug: 'system-discovery',
    title: { en: 'System discovery', ja: 'システム検出' },
    lab: 1,
    topics: [
      'cli-sdk',
      'access-keys',
      'instance-profile',
      'session-manager',
      'vpc-endpoints-ssm',
      'config-recorder',
      'config-rules',
      'config-recording-frequency',
      'config-aggregator',
      'ssm-inventory',
    ],
  },
  {
    number: 4,
    slug: 'deploy-update',
    title: { en: 'Deploy and update resources', ja: 'リソースのデプロイと更新' },
    topics: ['tags', 'cost-allocation-tags', 'resource-groups', 'tagging-strategy', 'tag-policies', 'tag-enforcement', 'ami', 'image-builder', 'control-tower'],
  },
  {
    number: 5,
    slug: 'automate-deployment',
    title: { en: 'Automate resource deployment', ja: 'リソースデプロイの自動化' },
    lab: 2,
    topics: [
      'iac',
      'cfn-template',
      'cfn-parameters',
      'cfn-outputs',
      'cfn-mappings',
      'cfn-intrinsic-functions',
      'cfn-change-sets',
      'cfn-drift',
      'cfn-stacksets',
      'application-composer',
      'service-catalog',
    ],
  },
  {
    number: 6,
    slug: 'manage-resources',
    title: { en: 'Manage resources', ja: 'リソースの管理' },
    lab: 3,
    topics: [
      'ssm-explorer',
      'ssm-opscenter',
      'incident-manager',
      'appconfig',
      'parameter-store',
      'ssm-automation',
      'maintenance-windows',
      'run-command',
      'ssm-documents',
      'patch-manager',
      'state-manager',
    ],
  },
  {
    number: 7,
    slug: 'high-availability',
    title: { en: 'Configure highly available systems', ja: '高可用性システムの構成' },
    topics: ['route53-records', 'route53-routing-policies', 'route53-health-checks', 'route53-failover', 'elb', 'multi-az', 'multi-region'],
  },
  {
    number: 8,
    slug: 'automate-scaling',
    title: { en: 'Automate scaling', ja: 'スケーリングの自動化' },
    topics: [
      'asg-capacity',
      'scheduled-scaling',
      'step-scaling',
      'target-tracking',
      'predictive-scaling',
      'scaling-cooldown',
      'lifecycle-hooks',
      'spot',
      'license-manager',
    ],
  },
  {
    number: 9,
    slug: 'monitoring',
    title: { en: 'Monitor and maintain system health', ja: 'システム正常性のモニタリングと維持' },
    lab: 4,
    topics: [
      'cw-metrics',
      'cw-detailed-monitoring',
      'cw-custom-metrics',
      'cw-agent',
      'cw-retention',
      'cw-logs',
      'cw-metric-filters',
      'cw-logs-insights',
      'cw-alarms',
      'eventbridge',
      'cw-dashboards',
      'internet-monitor',
      'health-dashboard',
      'x-ray',
      'synthetics',
    ],
  },
  {
    number: 10,
    slug: 'data-security-auditing',
    title: { en: 'Data security and system auditing', ja: 'データセキュリティとシステム監査' },
    topics: [
      'access-analyzer',
      'policy-evaluation',
      'permissions-boundary',
      'cloudtrail',
      'cloudtrail-data-events',
      'cloudtrail-integrity',
      'athena',
      'guardduty',
      'inspector',
      'kms',
    ],
  },
  {
    number: 11,
    slug: 'networking',
    title: { en: 'Operate secure and resilient networks', ja: '安全性と耐障害性に優れたネットワーク運用' },
    topics: [
      'vpc-subnets',
      'route-tables',
      'nat-gateway',
      'security-groups',
      'nacl',
      'vpc-peering',
      'transit-gateway',
      'vpc-endpoints',
      'flow-logs',
      'cloudfront',
      'waf',
      'acm',
    ],
  },
  {
    number: 12,
    slug: 'mountable-storage',
    title: { en: 'Mountable storage', ja: 'マウント可能なストレージ' },
    lab: 5,
    topics: ['ebs-volume-types', 'ebs-gp3', 'ebs-provisioned-iops', 'ebs-hdd', 'ebs-snapshots', 'aws-backup', 'backup-vault', 'instance-store', 'efs', 'fsx'],
  },
  {
    number: 13,
    slug: 'object-storage',
    title: { en: 'Object storage', ja: 'オブジェクトストレージ' },
    topics: [
      's3-durability',
      's3-replication',
      's3-versioning',
      's3-object-lock',
      's3-block-public-access',
      's3-storage-classes',
      's3-intelligent-tiering',
      's3-express-one-zone',
      's3-lifecycle',
      's3-encryption',
    ],
  },
  {
    number: 14,
    slug: 'cost',
    title: { en: 'Cost reporting, alerts, and optimization', ja: 'コストのレポート、アラート、最適化' },
    lab: 6,
    topics: [
      'billing-dashboard',
      'cost-explorer',
      'cur',
      'budgets',
      'budget-actions',
      'billing-alarms',
      'cost-anomaly-detection',
      'compute-optimizer',
      'savings-plans',
    ],
  },
];

export interface ExamDomain {
  readonly number: Domain;
  readonly weight: number;
  readonly title: { readonly en: string; readonly ja: string };
}

/** SOA-C03 domains and weights (exam guide, in force since 2025-09-30). */
export const DOMAINS: readonly ExamDomain[] = [
  {
    number: 1,
    weight: 0.22,
    title: { en: 'Monitoring, logging, analysis, remediation and performance', ja: 'モニタリング、ロギング、分析、修復、パフォーマンス最適化' },
  },
  { number: 2, weight: 0.22, title: { en: 'Reliability and business continuity', ja: '信頼性とビジネス継続性' } },
  { number: 3, weight: 0.22, title: { en: 'Deployment, provisioning and automation', ja: 'デプロイ、プロビジョニング、オートメーション' } },
  { number: 4, weight: 0.16, title: { en: 'Security and compliance', ja: 'セキュリティとコンプライアンス' } },
  { number: 5, weight: 0.18, title: { en: 'Networking and content delivery', ja: 'ネットワークとコンテンツ配信' } },
];

export interface ExamSkill {
  /** The exam guide's number: domain, task, skill (`"5.2.2"`). */
  readonly key: string;
  readonly domain: Domain;
  readonly title: { readonly en: string; readonly ja: string };
}

/**
 * The SOA-C03 exam guide's skills (version 1.1), as `../shared/exam-guide.md` summarises them. A
 * question names the skills it tests; mock-exam coverage is counted per skill.
 */
export const SKILLS: readonly ExamSkill[] = (
  [
    [
      '1.1.1',
      'Monitoring and logging with CloudWatch, CloudTrail and Managed Service for Prometheus',
      'CloudWatch、CloudTrail、Managed Service for Prometheus によるモニタリングとログ記録',
    ],
    ['1.1.2', 'CloudWatch agent on EC2, ECS and EKS (Container Insights)', 'EC2、ECS、EKS の CloudWatch エージェント (Container Insights)'],
    ['1.1.3', 'Alarms, composite alarms and alarm actions', 'アラーム、複合アラーム、アラームアクション'],
    ['1.1.4', 'Dashboards, shared, cross-account and cross-Region', 'ダッシュボード (共有、クロスアカウント、クロスリージョン)'],
    ['1.1.5', 'Notifications to SNS from services and alarms', 'サービスとアラームから SNS への通知'],
    ['1.2.1', 'Analyse metrics and automate remediation', 'メトリクスの分析と修復の自動化'],
    ['1.2.2', 'EventBridge: route, enrich, deliver; troubleshoot rules', 'EventBridge: ルーティング、エンリッチ、配信、ルールのトラブルシューティング'],
    ['1.2.3', 'Systems Manager Automation runbooks', 'Systems Manager Automation ランブック'],
    ['1.3.1', 'Compute optimization (Compute Optimizer, metrics, tags)', 'コンピューティングの最適化 (Compute Optimizer、メトリクス、タグ)'],
    ['1.3.2', 'EBS metrics, troubleshooting and volume types', 'EBS のメトリクス、トラブルシューティング、ボリュームタイプ'],
    [
      '1.3.3',
      'S3 performance: DataSync, Transfer Acceleration, multipart upload, lifecycle',
      'S3 のパフォーマンス: DataSync、Transfer Acceleration、マルチパートアップロード、ライフサイクル',
    ],
    ['1.3.4', 'Shared storage: EFS and FSx choice and tuning', '共有ストレージ: EFS と FSx の選択と調整'],
    ['1.3.5', 'RDS monitoring and tuning: Performance Insights, RDS Proxy', 'RDS のモニタリングと調整: Performance Insights、RDS Proxy'],
    [
      '1.3.6',
      'EC2 storage and networking: placement groups, enhanced networking',
      'EC2 のストレージとネットワーク: プレイスメントグループ、拡張ネットワーキング',
    ],
    [
      '2.1.1',
      'Scaling compute: Auto Scaling policies, ECS and Lambda scaling',
      'コンピューティングのスケーリング: Auto Scaling ポリシー、ECS と Lambda のスケーリング',
    ],
    ['2.1.2', 'Caching for scalability: CloudFront, ElastiCache', 'スケーラビリティのためのキャッシュ: CloudFront、ElastiCache'],
    [
      '2.1.3',
      'Scaling databases: read replicas, Aurora, DynamoDB capacity, DAX',
      'データベースのスケーリング: リードレプリカ、Aurora、DynamoDB キャパシティ、DAX',
    ],
    ['2.2.1', 'ELB and Route 53 health checks', 'ELB と Route 53 のヘルスチェック'],
    ['2.2.2', 'Fault tolerance with Multi-AZ deployments', 'マルチ AZ 配置による耐障害性'],
    ['2.3.1', 'Automated snapshots and backups, AWS Backup', 'スナップショットとバックアップの自動化、AWS Backup'],
    ['2.3.2', 'Database restore (point-in-time) against RTO, RPO and cost', 'RTO、RPO、コストに見合うデータベースの復元 (ポイントインタイム)'],
    ['2.3.3', 'Versioning for storage (S3, FSx)', 'ストレージのバージョニング (S3、FSx)'],
    ['2.3.4', 'Disaster recovery procedures and strategies', 'ディザスタリカバリの手順と戦略'],
    ['3.1.1', 'AMIs and container images: EC2 Image Builder, ECR', 'AMI とコンテナイメージ: EC2 Image Builder、ECR'],
    ['3.1.2', 'Stacks with CloudFormation and the AWS CDK', 'CloudFormation と AWS CDK によるスタック'],
    [
      '3.1.3',
      'Deployment issues: subnet sizing, CloudFormation errors, permissions',
      'デプロイの問題: サブネットのサイズ、CloudFormation のエラー、アクセス許可',
    ],
    ['3.1.4', 'Sharing across Regions and accounts: AWS RAM, StackSets', 'リージョンとアカウント間の共有: AWS RAM、StackSets'],
    [
      '3.1.5',
      'Deployment strategies: rolling, blue/green, canary, instance refresh',
      'デプロイ戦略: ローリング、ブルー/グリーン、カナリア、インスタンスの更新',
    ],
    ['3.1.6', 'Third-party tools: Terraform, Git', 'サードパーティツール: Terraform、Git'],
    ['3.2.1', 'Automating operations with Systems Manager', 'Systems Manager による運用の自動化'],
    [
      '3.2.2',
      'Event-driven automation: Lambda, S3 Event Notifications, EventBridge, Step Functions',
      'イベント駆動の自動化: Lambda、S3 イベント通知、EventBridge、Step Functions',
    ],
    ['4.1.1', 'IAM features: password policy, MFA, roles, federation, conditions', 'IAM の機能: パスワードポリシー、MFA、ロール、フェデレーション、条件'],
    [
      '4.1.2',
      'Troubleshoot and audit access: CloudTrail, Access Analyzer, policy simulator',
      'アクセスのトラブルシューティングと監査: CloudTrail、Access Analyzer、ポリシーシミュレーター',
    ],
    ['4.1.3', 'Multi-account strategy: Organizations, SCPs, Control Tower', 'マルチアカウント戦略: Organizations、SCP、Control Tower'],
    ['4.1.4', 'Remediation from Trusted Advisor security checks', 'Trusted Advisor のセキュリティチェックに基づく修復'],
    ['4.1.5', 'Compliance: allowed Regions and services', 'コンプライアンス: 許可するリージョンとサービス'],
    ['4.2.1', 'Data classification: Macie, tags', 'データ分類: Macie、タグ'],
    ['4.2.2', 'Encryption at rest with KMS', 'KMS による保管時の暗号化'],
    ['4.2.3', 'Encryption in transit with ACM', 'ACM による転送時の暗号化'],
    ['4.2.4', 'Secrets: Secrets Manager, Parameter Store SecureString', 'シークレット: Secrets Manager、Parameter Store の SecureString'],
    ['4.2.5', 'Findings and reports: Security Hub, GuardDuty, Config, Inspector', '検出結果とレポート: Security Hub、GuardDuty、Config、Inspector'],
    [
      '5.1.1',
      'VPC parts: subnets, route tables, NACLs, security groups, gateways',
      'VPC の構成要素: サブネット、ルートテーブル、ネットワーク ACL、セキュリティグループ、ゲートウェイ',
    ],
    [
      '5.1.2',
      'Private connectivity: endpoints, peering, Transit Gateway, VPN, Direct Connect',
      'プライベート接続: エンドポイント、ピアリング、Transit Gateway、VPN、Direct Connect',
    ],
    [
      '5.1.3',
      'Auditing network protection: DNS Firewall, WAF, Shield, Network Firewall',
      'ネットワーク保護の監査: DNS Firewall、WAF、Shield、Network Firewall',
    ],
    ['5.1.4', 'Network cost optimization', 'ネットワークコストの最適化'],
    ['5.2.1', 'DNS: Route 53 Resolver, private hosted zones', 'DNS: Route 53 Resolver、プライベートホストゾーン'],
    ['5.2.2', 'Route 53 routing policies, configuration, query logging', 'Route 53 のルーティングポリシー、設定、クエリログ'],
    ['5.2.3', 'Content and service distribution: CloudFront, Global Accelerator', 'コンテンツとサービスの配信: CloudFront、Global Accelerator'],
    ['5.3.1', 'Troubleshoot VPC configuration', 'VPC 設定のトラブルシューティング'],
    ['5.3.2', 'Network logs: Flow Logs, ELB, WAF, CloudFront, container logs', 'ネットワークログ: フローログ、ELB、WAF、CloudFront、コンテナのログ'],
    ['5.3.3', 'CloudFront caching issues', 'CloudFront のキャッシュの問題'],
    ['5.3.4', 'Hybrid and private connectivity troubleshooting', 'ハイブリッド接続とプライベート接続のトラブルシューティング'],
    ['5.3.5', 'CloudWatch network monitoring: Network Monitor, Internet Monitor', 'CloudWatch のネットワークモニタリング: Network Monitor、Internet Monitor'],
  ] as const
).map(([key, en, ja]) => ({ key, domain: Number(key[0]) as Domain, title: { en, ja } }));

const SKILL_KEYS: ReadonlySet<string> = new Set(SKILLS.map((s) => s.key));

export function isSkillKey(key: string): boolean {
  return SKILL_KEYS.has(key);
}
