<?php

namespace App\Serializer;

use App\Entity\FamilyContact;
use Symfony\Component\Serializer\Normalizer\NormalizerInterface;

/**
 * Shapes a family contact as a Zendesk end-user (used for "requester" on family support tickets).
 */
final class ZendeskRequesterNormalizer implements NormalizerInterface
{
    public function normalize(mixed $object, ?string $format = null, array $context = []): array
    {
        /** @var FamilyContact $object */
        $user = ['external_id' => 'contact-'.$object->getId(), 'role' => 'end-user'];
        $user['name'] = $object->getName();
        $user['email'] = $object->getEmail();
        $user['phone'] = $object->getPhone();
        $user['user_fields'] = ['relationship' => $object->getRelationship()];

        return $user;
    }

    public function supportsNormalization(mixed $data, ?string $format = null, array $context = []): bool
    {
        return $data instanceof FamilyContact && ($context['zendesk'] ?? false);
    }

    public function getSupportedTypes(?string $format): array
    {
        return [FamilyContact::class => false];
    }
}
