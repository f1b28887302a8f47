package se.ebba;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EbbaApplication {

    public static void main(String[] args) {
        SpringApplication.run(EbbaApplication.class, args);
    }
}
