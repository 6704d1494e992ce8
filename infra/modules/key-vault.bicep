// Key Vault in RBAC mode with purge protection. It holds the key that wraps the share-link Data Protection key ring (stored in
// the keyring container) and, when one is given, the digest webhook URL. The app's identity may use only that key (wrap and
// unwrap) and read only that secret.
param name string
param location string
param tags object
param principalId string
@secure()
param digestWebhookUrl string
@description('Whether digestWebhookUrl is set; passed apart so no output depends on the secret.')
param hasDigestWebhook bool

var keyVaultCryptoUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '12338af0-0e69-4776-bea7-57ae8d297424')
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource keyRingKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: 'share-links-keyring'
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
  }
}

resource keyRingKeyAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyRingKey.id, principalId, keyVaultCryptoUser)
  scope: keyRingKey
  properties: {
    roleDefinitionId: keyVaultCryptoUser
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource webhookSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasDigestWebhook) {
  parent: vault
  name: 'digest-webhook-url'
  properties: {
    value: digestWebhookUrl
  }
}

resource webhookSecretAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (hasDigestWebhook) {
  name: guid(vault.id, 'digest-webhook-url', principalId, keyVaultSecretsUser)
  scope: webhookSecret
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output keyRingKeyUri string = keyRingKey.properties.keyUri
// An app-setting Key Vault reference, or empty when no webhook was given.
output digestWebhookSetting string = !hasDigestWebhook ? '' : '@Microsoft.KeyVault(SecretUri=${webhookSecret!.properties.secretUri})'
