package nl.werkplaatsen.network;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AccountManagerAssignmentRepository extends Repository<AccountManagerAssignment, UUID> {

	AccountManagerAssignment saveAndFlush(AccountManagerAssignment assignment);

}
