package eu.skilltalk.coach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Coach accounts by their unique user name. */
interface Coaches extends MongoRepository<Coach, String> {

    Optional<Coach> findByUsername(String username);

    List<Coach> findAllByOrderByUsernameAsc();
}
